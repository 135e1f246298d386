"""The benchmark (`make bench`): figures against their budgets, printed as a table."""
