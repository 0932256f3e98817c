# Voice ap09: a SharePoint / Power Automate developer -- flows, list exports, Power BI measures, Microsoft Graph calls


def L(text, *pairs):
    for typ, val in pairs:
        text = text.replace(val, f"[[{typ}:{val}]]")
    return text


RECORDS = [
("positive", "list_export_csv", "anglo+igbo+vietnamese", L(
"""Exported the "Telework Agreements" list; the Power Automate flow chokes on row 3. Why?
Title,EmployeeName,EmployeeEmail,SupervisorName,HomeAddress,Approved
TA-0412,Garnet Wollaston,garnet.wollaston@hq.dhs.gov,Ifeoma Chukwuma,"118 Pembroke Cir, Frederick, MD 21702",Yes
TA-0413,Ifeoma Chukwuma,ifeoma.chukwuma@hq.dhs.gov,Garnet Wollaston,"7 Ridgely Ct, Laurel, MD 20707",Yes
TA-0414,Quách Thị Hồng Nhung,nhung.quach@hq.dhs.gov,Garnet Wollaston,"3400 Fairfax Dr, Apt 11
, Arlington, VA 22201",Pending""",
("PERSON", "Garnet Wollaston"), ("EMAIL_ADDRESS", "garnet.wollaston@hq.dhs.gov"), ("PERSON", "Ifeoma Chukwuma"),
("STREET_ADDRESS", "118 Pembroke Cir, Frederick, MD 21702"), ("EMAIL_ADDRESS", "ifeoma.chukwuma@hq.dhs.gov"),
("STREET_ADDRESS", "7 Ridgely Ct, Laurel, MD 20707"), ("PERSON", "Quách Thị Hồng Nhung"), ("EMAIL_ADDRESS", "nhung.quach@hq.dhs.gov"),
("STREET_ADDRESS", "3400 Fairfax Dr, Apt 11\n, Arlington, VA 22201"))),

("positive", "flow_run_history_json", "hispanic+anglo",
"""Flow run failed at "Send an email (V2)". Output:
{
  "status": 400,
  "body": {"error": {"message": "Recipient address [[EMAIL_ADDRESS:rosaura.benavides@@uscis.dhs.gov]] is invalid"}},
  "inputs": {"To": "[[EMAIL_ADDRESS:rosaura.benavides@@uscis.dhs.gov]]", "Subject": "Your badge request for [[PERSON:Rosaura Benavides Zamora]] was approved", "Cc": "[[EMAIL_ADDRESS:tobias.mccluskey@uscis.dhs.gov]]"}
}
how do I trim the double @ in the expression?"""),

("positive", "graph_call_token", None,
"""Graph call from Postman returns 403, what permission am I missing?
GET https://graph.microsoft.com/v1.0/sites/root/lists
Authorization: Bearer [[JWT:eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL2dyYXBoLm1pY3Jvc29mdC5jb20iLCJhcHBpZCI6IjNmNGE5YzEyIiwic2NwIjoiU2l0ZXMuUmVhZC5BbGwifQ.Wm8pQx2LrT7vNc4KyH1sZ9bJd3FeA6gUo0iX5tRkMwYhPnE8]]"""),

("positive", "app_registration_secret", None,
"""My PnP PowerShell script for the nightly list backup:
Connect-PnPOnline -Url "https://dhs.sharepoint.com/sites/OCHCO-Forms" -ClientId "a3f1c2d4-7e8b-4a90-b1c2-d3e4f5a6b7c8" -ClientSecret "[[PASSWORD:Qx58Q~r2Tk.Lm9VbN3ZsYh7Wq_FdXc1Pe6GjAo4u]]" -Tenant "dhs.onmicrosoft.com"
Get-PnPListItem -List "Visitors" -PageSize 500
why does it say AADSTS7000215?"""),

("positive", "sql_connstring_dataflow", None,
"""Power BI dataflow refresh fails. The gateway data source is:
[[CONNECTION_STRING:Data Source=pbi-sql01.ochco.local;Initial Catalog=PersonnelActions;User ID=pbi_refresh;Password=R3fresh!Nightly26;Encrypt=True]]
error: 'Login timeout expired'"""),

("positive", "dax_measure_with_names", "anglo+persian",
"""DAX measure returns blank when I filter by supervisor. Sample rows from the table:
Employee | Supervisor | HoursTelework
[[PERSON:Lorraine Bickerstaff]] | [[PERSON:Dariush Rezaei]] | 32
[[PERSON:Milo Vantongeren]] | [[PERSON:Dariush Rezaei]] | 16
Measure: TeleworkPct = DIVIDE(SUM(Tel[HoursTelework]), CALCULATE(SUM(Tel[HoursTotal]), ALL(Tel[Supervisor])))"""),

("positive", "people_picker_json", "hmong+anglo",
"""The people-picker column JSON from the list – how do I get just the display name in a flow?
[{"@odata.type":"#Microsoft.Azure.Connectors.SharePoint.SPListExpandedUser","Claims":"i:0#.f|membership|[[EMAIL_ADDRESS:maiyer.thao@fema.dhs.gov]]","DisplayName":"[[PERSON:Thao, Mai Yer]]","Email":"[[EMAIL_ADDRESS:maiyer.thao@fema.dhs.gov]]","JobTitle":"Program Analyst"},
 {"Claims":"i:0#.f|membership|[[EMAIL_ADDRESS:cornelius.ashdown@fema.dhs.gov]]","DisplayName":"[[PERSON:Ashdown, Cornelius]]","Email":"[[EMAIL_ADDRESS:cornelius.ashdown@fema.dhs.gov]]"}]"""),

("positive", "form_responses_xlsx_paste", "turkish+samoan+anglo",
"""Microsoft Forms responses pasted from Excel, I need a flow to create list items from these:
ID	Name	Emergency contact	Contact phone	Start date
1	Emre Sarıkaya-Düzgün	Ayşe Sarıkaya-Düzgün	(571) 555-0194	1/5/2027
2	Mele Tupou Faleafa	Ioane Faleafa	(571) 555-0117	1/12/2027
3	Barnaby Coltrane	Will Coltrane	(703) 555-0183	1/12/2027""".replace("Emre Sarıkaya-Düzgün", "[[PERSON:Emre Sarıkaya-Düzgün]]").replace("Ayşe Sarıkaya-Düzgün", "[[PERSON:Ayşe Sarıkaya-Düzgün]]").replace(
"(571) 555-0194", "[[PHONE_NUMBER:(571) 555-0194]]").replace("Mele Tupou Faleafa", "[[PERSON:Mele Tupou Faleafa]]").replace("Ioane Faleafa", "[[PERSON:Ioane Faleafa]]").replace(
"(571) 555-0117", "[[PHONE_NUMBER:(571) 555-0117]]").replace("Barnaby Coltrane", "[[PERSON:Barnaby Coltrane]]").replace("Will Coltrane", "[[PERSON:Will Coltrane]]").replace("(703) 555-0183", "[[PHONE_NUMBER:(703) 555-0183]]")),

("positive", "list_item_ssn_column", "anglo+ukrainian",
"""Someone added an SSN column to the "New Hire Tracker" list (I know...). Before I delete it I need a flow to move the values to the HR system. Sample:
Title: NH-2291 | Name: [[PERSON:Prudence Oakley]] | SSN: [[US_SSN:130-84-6816]] | DOB: [[DATE_OF_BIRTH:1/9/1993]]
Title: NH-2292 | Name: [[PERSON:Taras Bondarenko-Lys]] | SSN: [[US_SSN:456795022]] | DOB: [[DATE_OF_BIRTH:11/30/1988]]"""),

("positive", "cui_site_banner_html", None,
"""The site header web part shows this, but the marking wraps badly on mobile – CSS fix?
<div class="banner">[[CUI_MARKING:CUI//SP-PRVCY//FED ONLY]]</div>"""),

("positive", "graph_user_response", "korean+jamaican",
"""Graph /users response, map it to the list columns:
{"value":[{"displayName":"[[PERSON:Ryu Da-eun]]","mail":"[[EMAIL_ADDRESS:daeun.ryu@cisa.dhs.gov]]","mobilePhone":"[[PHONE_NUMBER:+1 202 555 0159]]","officeLocation":"Arlington"},
{"displayName":"[[PERSON:Desmond Lyttle-Gayle]]","mail":"[[EMAIL_ADDRESS:desmond.lyttlegayle@cisa.dhs.gov]]","mobilePhone":null}]}"""),

("positive", "gitlab_token_ci", None,
"""Our SPFx solution pipeline, the package step fails to pull from the internal registry:
variables:
  NPM_REGISTRY: https://gitlab.example-dhs.net/api/v4/projects/118/packages/npm/
  NPM_TOKEN: [[GITLAB_TOKEN:glpat-Xq7RzP2vK9mLt4WnB8cH]]
script:
  - npm ci && gulp bundle --ship"""),

("positive", "approval_email_thread", "punjabi+anglo",
"""Subject: RE: Approval flow sends to wrong approver

[[PERSON:Navdeep]], the flow looks up the manager from Entra, and for [[PERSON:Kirsty Helmsworth]] it returns [[PERSON:Navdeep Singh Bhullar]] because her manager field wasn't updated after the realignment. I'll add a fallback.
> From: [[PERSON:Navdeep Singh Bhullar]] <[[EMAIL_ADDRESS:navdeep.bhullar@tsa.dhs.gov]]>
> Why am I getting [[PERSON:Kirsty]]'s leave approvals?"""),

("evasion", "base64_password_flow", None,
"""A colleague put the service account password in a Compose action as base64 "so it's not plain text": [[PASSWORD:U3ByaW5nRmxvdyMyMDI2IXFa]] – what's a better way in Power Automate?"""),

("evasion", "ssn_zero_width_list", "hawaiian",
"""the list export still has an SSN in the Notes column even after my regex ran: "[[PERSON:Kalani Kauhane]] [[US_SSN:426\u200c67\u200c2305]]" – why didn't \\d{3}-?\\d{2}-?\\d{4} match?"""),

("evasion", "email_homoglyph", "uzbek",
"""flow keeps failing sending to [[PERSON:Hamid Karimov]] at [[EMAIL_ADDRESS:hamid.kar\u0456mov@ice.dhs.gov]] — copied from an old PDF, looks fine to me?"""),

("hard_negative", "placeholder_connection", None,
"""Environment variable in the solution:
SqlConnection = "Server=tcp:{{ServerName}}.database.windows.net;Database={{DbName}};Authentication=Active Directory Managed Identity;"
Is managed identity supported by the premium SQL connector in Power Automate?"""),

("hard_negative", "guids_and_ids", None,
"""List ID 6b1e4c33-2f90-4d2e-9a0b-7f61c5d8e442, view ID 0e9a5c11-88d4-4b7f-a3c2-19f0e6d2b5a7, item ID 4410. Site ID dhs.sharepoint.com,1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718. Which one does the Graph /items endpoint want?"""),

("hard_negative", "same_shape_no_pii", None,
"""Exported the "Telework Agreements" list summary; the flow chokes on row 3. Why?
Title,Office,Count,Approved
TA-SUM-01,OCHCO,41,Yes
TA-SUM-02,OCIO,37,Yes
TA-SUM-03,"OCFO
",22,Pending"""),

("hard_negative", "dax_only", None,
"""Write a DAX measure for rolling 30-day average response time: AvgResp30 = CALCULATE(AVERAGE(Tickets[RespHours]), DATESINPERIOD('Date'[Date], MAX('Date'[Date]), -30, DAY)). Is this right?"""),

("hard_negative", "public_site_contact", None,
"""Footer text for the public-facing SharePoint site: "For questions about DHS programs, contact the DHS Office of Public Affairs at 202-282-8010 or visit dhs.gov/contact-us." Make it accessible-friendly."""),

("hard_negative", "prose_cui_banner", None,
"""Is there a SharePoint sensitivity label that automatically adds a CUI banner to documents in a library? How would I configure header text through Purview? No actual marking needed, just how-to."""),

("hard_negative", "example_people_json", None,
"""Sample JSON from Microsoft docs for the people column (their example user):
{"DisplayName":"Adele Vance","Email":"AdeleV@contoso.com"}
How do I parse this in a Parse JSON action?"""),

("hard_negative", "eponym_functions", None,
"""What's the difference between the Fisher-Yates shuffle and just sorting by rand() in a Power Automate array? And is Dijkstra's algorithm overkill for routing approvals?"""),

("hard_negative", "version_strings", None,
"""SPFx 1.20.0, Node 18.19.1, @pnp/sp 4.6.0, gulp 4.0.2. Build number 20261207.4. Which combo is supported?"""),

("hard_negative", "password_reset_prose", None,
"""Write a flow description: when a user submits the "forgot password" form, send them the link to the self-service password reset page (aka.ms/sspr). Never email a password."""),

("positive", "cert_private_key_pnp", None,
"""Trying certificate auth for the PnP app instead of the client secret. Is this PEM the right format for -CertificatePath? (pasting the key part)
[[PRIVATE_KEY:-----BEGIN PRIVATE KEY-----
MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7mX2pQ4tLw8Zr
Jf3nV9kA1sYbE6uTq0hR2cWdM5oPiG7aXlNeK8vBj4yHzS1fUrCt3QwLmD9pVnYe
kR6sGx0bTj2NcQa7FhUoW5iLpMz8yDvE1rKs4nXgC3tAoBfJ9qHdZl2mWuS6VeYc
P0iT7bNr5xKjQgLh8sUa2FwDm4zRpEo1yVtC6nMkXb9JdHq3GiWl7fSoAvZe0uBy
-----END PRIVATE KEY-----]]"""),

]
