"""Places: the gazetteer, and the resolution of place mentions to GeoNames places."""

from .gazetteer import Gazetteer, GazetteerMissing, GeoName, gazetteer, normalize
from .resolve import Resolver, km

__all__ = ["Gazetteer", "GazetteerMissing", "GeoName", "Resolver", "gazetteer", "km", "normalize"]
