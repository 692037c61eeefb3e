"""Maps drawn on the server as SVG: Natural Earth's country outlines (world-atlas, public domain)
in the Equal Earth projection, points as links, a choropleth of countries. No JavaScript, no
tile server: the page carries the whole map."""

from practices.network.maps.render import MapPoint, country_choropleth_svg, network_map_svg

__all__ = ["MapPoint", "country_choropleth_svg", "network_map_svg"]
