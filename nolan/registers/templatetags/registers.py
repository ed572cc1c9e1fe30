"""Template filters for the registers: money is held in pence and shown in pounds."""

from django import template

register = template.Library()


@register.filter
def pounds(pence: int) -> str:
    """12345 -> "£123.45"; whole pounds drop the pence: 5000 -> "£50"."""
    whole, part = divmod(int(pence), 100)
    return f"£{whole:,}" if part == 0 else f"£{whole:,}.{part:02d}"
