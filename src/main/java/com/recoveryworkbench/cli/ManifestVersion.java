package com.recoveryworkbench.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code --version} prints: the jar manifest's {@code Implementation-Version}, or
 * {@code dev} when the classes do not run from a packaged jar (an IDE, {@code mvn test}).
 */
public final class ManifestVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Recovery Workbench " + version()};
    }

    /** Never {@code null}. */
    public static String version() {
        String version = ManifestVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }
}
