"""The "4 per 1000" dashboard (issue 14, objective F3): farmers, hectares and tonnes of carbon
a year counted bottom-up from live practices and "I tried this" reports, with the countries'
own programmes (top-down) beside them. docs/carbon.md, "The dashboard"."""
