"""What happens in each bundled example review, as data for tools/build_examples.py.

One module per incident, each with a `STORY` dict. Events are named by a fragment of
their text in the incident's timeline.csv; people and actions by their name or title.
A closed review may list `done_later`: actions finished after the meeting, with the date.
All text is written for these examples, in a blameless voice, from the public write-up
of each incident.
"""

from example_stories import cloudflare_2019_07_02, fastly_2021_06_08, gitlab_2017_01_31

STORIES = {
    "cloudflare-2019-07-02": cloudflare_2019_07_02.STORY,
    "fastly-2021-06-08": fastly_2021_06_08.STORY,
    "gitlab-2017-01-31": gitlab_2017_01_31.STORY,
}
