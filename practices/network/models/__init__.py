from practices.network.models.organisations import Organisation

__all__ = ["Organisation"]
