# Part 9: remaining token shapes (GitHub, GitLab) and one more hard negative.
RECORDS = []


def R(cat, tag, origin, s):
    RECORDS.append((cat, tag, origin, s.strip("\n")))


R("positive", "github_token_credential_helper", None, """
`git credential fill` prints this and then push still fails with 403 — is it using an OAuth token instead of my PAT?

protocol=https
host=github.com
username=x-access-token
password=[[GITHUB_TOKEN:gho_cIEmScLrecdZfYUte8a6V3jwIrD9STDzZUA3]]
""")

R("evasion", "github_app_token_in_prose", None, """
In the incident ticket the contractor wrote that the GitHub App installation token was "ghs underscore TQG0wQc5X3uevWXY7fzz2d8IXWwKWESLIbZx" and it was pasted into the shared channel. How long are installation tokens valid, and do we still need to revoke it?
""".replace("ghs underscore TQG0wQc5X3uevWXY7fzz2d8IXWwKWESLIbZx", "[[GITHUB_TOKEN:ghs underscore TQG0wQc5X3uevWXY7fzz2d8IXWwKWESLIbZx]]"))

R("positive", "gitlab_private_token_curl", None, """
This curl returns 404 instead of the project list. Is the header name right?

curl --header "PRIVATE-TOKEN: [[GITLAB_TOKEN:glpat-4TkFPfRFXzw3994mbGsR]]" "https://gitlab.example.com/api/v4/projects?membership=true"
""")

R("hard_negative", "token_rotation_policy", None, """
Draft a one-page token rotation policy for our GitHub and GitLab organizations: personal access tokens expire after 90 days, fine-grained tokens are preferred, and anything that looks like ghp_… or glpat-… found in a repo is revoked within one hour. No real tokens in the document.
""")
