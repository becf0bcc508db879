package com.recoveryworkbench.ui.canvas;

/**
 * What is under a point of the map: the service whose card is there and the region whose lane is
 * there (only while the lanes show regions). Either is {@code null} when there is none.
 */
public record MapSpot(String serviceId, String region) {
}
