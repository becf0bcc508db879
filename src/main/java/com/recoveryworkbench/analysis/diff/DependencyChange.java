package com.recoveryworkbench.analysis.diff;

import com.recoveryworkbench.model.DependencyType;

/** A dependency in both versions whose type changed ({@code before} ≠ {@code after}). */
public record DependencyChange(String from, String to, DependencyType before, DependencyType after) {
}
