"""Classification and CUI markings, which the policy refuses."""
