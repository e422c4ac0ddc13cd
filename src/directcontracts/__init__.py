"""Direct Contracts: escrow-protected direct contracts with trust and safety around them."""

__version__ = "0.1.0"
