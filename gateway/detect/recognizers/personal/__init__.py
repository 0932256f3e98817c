"""Personal data without a government number: names, contact points, addresses, dates of birth."""
