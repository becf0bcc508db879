package com.recoveryworkbench;

public final class Main {
    public static void main(String[] args) {
        System.out.println("Recovery Workbench");
    }
}
