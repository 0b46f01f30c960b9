"""The ten sections every concept must contain (guide ch. 8), one module each."""
