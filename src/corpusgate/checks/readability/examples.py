"""Example text shared by the readability checks' documentation (and so by their tests)."""

# Ordinary wire-style news: every readability check must leave it alone.
ORDINARY_NEWS = (
    "Dock workers returned to work on Thursday after their union accepted a pay offer. "
    "The deal raises wages by 6.5 percent this year and 4 percent next year. Members "
    "approved it by a wide margin in a vote that closed late on Wednesday. About 120 "
    "ships were waiting off the coast when the strike ended. The port said the backlog "
    "should clear within a week. Shipping firms had warned of delays of up to ten days."
)
