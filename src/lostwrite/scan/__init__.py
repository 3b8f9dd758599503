"""The scan engine: discovery, config, cache, suppression, detectors dispatch and reporters."""
