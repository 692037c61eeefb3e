"""Path converters of the site's URLs (registered once, in PracticesConfig.ready)."""

# The largest id a database can hold: SQLite's INTEGER and PostgreSQL's bigint are 64-bit.
DATABASE_ID_MAX = 2**63 - 1


class DatabaseIdConverter:
    """`<id:name>`: a database id, 1 to 2^63 - 1. Any other number in the address is not found
    (404): Django's `<int:…>` passes any number of digits to the view, and a query with one
    beyond 64 bits fails with an OverflowError (a 500)."""

    regex = "[1-9][0-9]{0,18}"

    def to_python(self, value: str) -> int:
        number = int(value)
        if number > DATABASE_ID_MAX:
            raise ValueError("beyond any database id")  # Django: this pattern does not match
        return number

    def to_url(self, value: int) -> str:
        return str(int(value))
