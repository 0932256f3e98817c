"""Government identifiers: SSN, ITIN, passports, A-Numbers, USCIS and CBP numbers, cards and bank numbers."""
