"""The words the blameless check knows: who can be blamed, and words that are never a person.

Plain word sets, cheap to build at import (no regular expressions here). `blame_people`
uses them to find the people, roles and groups in a text.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PRONOUNS = _words("i we you he she they me us him them yourself himself herself themselves myself ourselves y'all u")
POSSESSIVES = _words("his her their your my our")
FIRST_PERSON = _words("i we me us myself ourselves my our")
"""The writer: "I did not file the ticket because..." is an account, not an accusation."""
SOMEONE = _words("someone somebody anyone anybody everyone everybody whoever")
NOBODY = _words("nobody no-one noone")
"""Said of no one: "nobody bothered" blames, "nobody was careless" does not."""

DETERMINERS = _words("the our a an that this their your his her my whichever some any every each one")
# Who can carry blame: the head noun of "the on-call engineer", "the data platform group".
_ROLE_HEADS = """
    engineer developer dev sre sysadmin admin administrator dba intern hire contractor consultant
    vendor reviewer approver author responder deployer manager commander lead captain operator
    person guy gal folk employee teammate colleague coworker co-worker tech technician staff crew
    team squad group department on-call oncall on-caller owner maintainer analyst architect tester
    qa ops programmer coder committer requester newbie newcomer junior senior officer specialist
    executor implementer submitter assignee coordinator supervisor trainee apprentice moderator
    devops shift ic em pm tl sme noc soc helpdesk scribe exec executive director vp cto ceo
    holder dri swe sde tpm gatekeeper firefighter
"""
ROLE_HEADS = (
    _words(_ROLE_HEADS)
    | frozenset(word + "s" for word in _ROLE_HEADS.split() if not word.endswith(("s", "staff")))
    | _words("folks people guys")
)
ROLE_THINGS = _words(
    """
    channel channels rotation rotations rota rotas schedule schedules handbook runbook runbooks docs documentation
    dashboard dashboards tool tools tooling alias list lists queue queues phone laptop account accounts process
    processes policy policies training guide guides playbook playbooks checklist checklists calendar budget meeting
    meetings sync standup retro email emails inbox ticket tickets backlog board load burden fatigue experience
    handover handovers handoff handoffs wiki repo repository environment console workflow template templates form
    forms survey bot bots script scripts tab view link page pages exam exams quiz course certification
    onboarding week weeks weekend weekends night nights pay allowance port ports panel panels password passwords credentials interface endpoint endpoints key keys token
    tokens
    """
)
"""After a role word, a thing it names the kind of: "the on-call channel", "the DBA handbook" are no one."""
# Groups named without "the": "ops dropped the ball", "QA let it through".
BARE_GROUPS = _words(
    "ops devops qa management leadership engineering security dev sre sres support marketing sales finance legal "
    "hr procurement infra infosec netops secops sysops on-call oncall dba dbas noc soc ic"
)
SYSTEM_GROUPS = _words(
    "consumer auto-scaling autoscaling security resource target node instance log placement subnet parameter "
    "replication worker process thread"
)
"""Before "group", a system word: "the consumer group failed to rebalance" names no person."""
# After a person: "someone on the data team", "the SRE on duty", "nobody here".
POST_PLACES = _words(
    "team squad group crew ops side shift duty call bridge rotation department org review meeting retro secondary"
)
NOT_MODIFIERS = _words(
    "and or but of to in at by for with from as is was were are be been had has have did didn't do does "
    "not never no so then than when if while because after before during into onto over under on off up down "
    "about it its they them we us he she him last"
)
"""Words that cannot sit between "the" and a role's head noun."""

# Capitalised words that open a sentence or name a system, not a person.
NOT_NAMES = _words(
    """
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty ninety hundred
    thousand half several few black cyber critical urgent major minor severe high low twitter reddit linkedin facebook
    suggest recommend propose consider require assign
    youtube mastodon bluesky discord whatsapp telegram europe asia africa america americas emea apac latam eu uk us
    i we you he she they someone somebody nobody the this that these those it its there then when after
    before while because since if but and so also still our their his her my your a an one each every all
    some most much many more nothing everything everyone anyone none no not never yes ok okay why what how
    who whom whose which where yesterday today tomorrow later finally eventually again meanwhile however
    had has have having was were is are be been being do does did done will would shall should can could
    may might must ought let please maybe perhaps sadly luckily unfortunately fortunately here now first
    second third last next plus note notes update fix summary timeline question answer hey hi wow oops ugh
    apparently basically literally actually clearly obviously honestly frankly seriously classic root cause
    causes category lesson lessons action actions owner due impact detected error errors add rolled
    thanks thank kudos great nice well big credit props shout appreciation congrats bravo cheers early typical
    mistake mistakes outage outages incident incidents failure problem bug regression typo rumours rumors
    latency throughput load lag saturation availability uptime demand usage spike surge ingress egress timeouts
    blame blaming blamed blameless saying resist instead rather without with within only just even
    good bad human humans operator user users customer customers client clients people person engineers
    responders developers admins teams support ops oncall on-call staff team squad group crew
    monday tuesday wednesday thursday friday saturday sunday january february march april june july mondays tuesdays
    wednesdays thursdays fridays saturdays sundays weekends
    august september october november december utc gmt am pm
    alert alerts alerting alertmanager monitoring monitor deploy deploys deployment deployments rollback
    rollout failover replication replica backup backups cache database db server servers service services
    cluster node nodes pod pods job jobs cron script scripts check checks probe probes pipeline build
    builds test tests migration config canary traffic queue worker workers scheduler autoscaler runbook
    dashboard pager page paging healthcheck system systems process review code change patch upgrade
    release feature flag request requests query index table schema storage volume host hosts instance
    container image agent daemon controller automation bot tool tooling retry retries proxy gateway
    router firewall disk memory cpu network certificate cert dns cdn api ci cd ssl tls bgp lb timer
    watchdog terraform kubernetes k8s redis postgres postgresql mysql nginx docker jenkins kafka vault
    consul envoy istio linkerd traefik haproxy varnish rabbitmq zookeeper etcd coredns calico cilium
    karpenter argo argocd flux nomad grafana prometheus loki tempo jaeger zipkin honeycomb datadog
    newrelic nagios zabbix icinga splunk sentry slack github gitlab bitbucket circleci buildkite travis
    bazel gradle maven npm pip webpack react django rails flask spring java python ruby golang rust php
    perl bash ansible chef puppet helm spinnaker cloudflare fastly akamai google amazon aws gcp azure
    lambda s3 ec2 rds bigquery snowflake spark hadoop hive presto trino flink clickhouse cockroachdb
    dynamodb cosmos firebase heroku vercel netlify okta keycloak elasticsearch opensearch mongo mongodb
    cassandra memcached celery sidekiq airflow pagerduty opsgenie statuspage jira confluence zoom chrome
    firefox safari android ios linux windows macos ubuntu debian checkout login logins search payments
    billing auth frontend backend web mobile app apps site website staging production prod
    make makes ensure remind retrain retraining coach talk speak tell ask keep take give put send find see look
    stop start go run use try need want think know say said get got sure double triple verify confirm review
    escalate page call ping loop sync schedule book hold pair train read write document update file track
    instead rather apparently anyway whatever everyone everybody somebody anybody either neither both
    another other others such same brilliant excellent awesome amazing fantastic wonderful lovely superb stellar
    terrible awful poor weird strange odd funny sorry glad happy sad nobody's absolutely totally definitely
    probably possibly certainly surely sure true false right wrong yeah yep nope lol tbh imo fyi btw pls
    fine cool huh hmm oh ah well done nice job work turns turned looks looked seems seemed sounds given
    apart besides despite following according regarding re meanwhile overall initially originally
    eventually ultimately basically essentially generally usually typically normally often sometimes always
    never once twice thrice someone's mostly partly arguably admittedly supposedly reportedly allegedly
    hopefully thankfully luckily oddly interestingly importantly notably pair top gold full wow oh yeah
    remove revoke bench ban kick pull drop send issue reviewing approve approved vet
    far russian american british french german chinese indian japanese english european irish scottish welsh spanish
    italian dutch polish korean brazilian canadian australian african asian latin nordic swiss swedish norwegian
    at on in by for of to as or from into onto over under about around until once during between through per via
    across along against among behind beside beyond despite except inside near off since toward towards upon
    """
)
NOT_PEOPLE = _words(
    """
    will bill may mark rich hope grace joy faith art sky rose june april august summer dawn jack pat ray sue
    max page chase drew gene guy lane rod long young stone storm wade walker west wolf win wood bay brook cliff
    dale don frank grant green hall hill king love major miles noble reed sage scout royal sterling an so
    """
)
"""Participants' names that are everyday words too: typed in lower case, "will" or "page" is no one."""
NOT_NAME_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ly", "ing", "ism", "ics")
NAME_FOLLOWERS = _words(
    """
    's , and or who was is has had did does will would should could can must might may 'd 'll 've were are
    never just also always still really simply clearly already then again basically apparently probably
    obviously kind sort only even accidentally totally completely definitely actually honestly literally
    broke took forgot ran made did went left lost let put set hit cut sent spent blew threw saw knew thought
    brought kept told got gave began wrote drove chose froze shut quit read led held felt found paid said sold
    stood understood woke won make do check read push deploy forget ignore skip break run test look follow take
    not no forgot forgets keep say said think wanted tried failed failed needs need from
    """
)
"""What follows a name that opens a sentence: a verb, an adverb, a possessive ("Omar broke", "Jin never")."""
PAST_VERBS = _words(
    """
    broke took forgot ran made did went left lost let put set hit cut sent spent blew threw saw knew thought brought
    kept told got gave began wrote drove chose froze shut quit led held felt found paid said sold stood woke won
    didn't never wasn't hasn't hadn't doesn't don't won't keeps kept always 's
    """
)
"""After a participant's name that is an everyday word ("an", "will", "may"), what shows it is the name:
a verb in the past or a negation ("an skipped", "will forgot", "may never"), or a possessive ("may's change")."""
ACCESS_WORDS = _words(
    "rights access privileges permissions account accounts console password passwords credentials panel role roles "
    "tools keys token tokens login"
)
"""After "Haruto's admin": the role word names a kind of access, not Haruto's admins."""
REFLEXIVES = _words("yourself himself herself themselves myself ourselves")
"""Not someone blamed: "Kwame blamed himself" is his own account."""
NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "La", "Le", "O'", "O’", "Van", "Von")
"""A capital inside a word means a product ("PagerDuty"), unless it follows one of these."""

# After "didn't" / "never": what someone knew, was given or did well, not a lapse.
NEUTRAL_AFTER_NOT = _words(
    """
    know knew known have had has get got receive received need needed expect expected mean meant want
    wanted hesitate hesitated panic panicked give gave hear heard lose lost see saw break broke mess
    screw blow cause caused forget forgot miss missed fail failed falter faltered flinch flinched waver
    blame blamed quit stop stopped sleep slept leave left like liked complain complained realise realize
    realised realized exist existed apply applied matter mattered work worked happen happened seem seemed
    own owned intend intended rush rushed hurry hurried touch touched change changed guess guessed skimp
    skimped cut cutting freeze froze hide hid ignore ignored skip neglect neglected overlook overlooked slack
    drop dropped botch rubber-stamp rubber-stamped rubberstamp rubberstamped sit sat dither dithered dawdle dawdled
    shirk shirked gamble gambled bungle bungled fumble fumbled fluff fluffed goof goofed leak leaked expose exposed
    corrupt corrupted delete deleted wipe wiped crash crashed fire fired trigger triggered
    """
)
NEUTRAL_AFTER_NOT |= frozenset(
    word + ("es" if word.endswith(("s", "sh", "ch", "x")) else "s") for word in NEUTRAL_AFTER_NOT
)
"""With the present tense of each ("never misses the weekly review")."""
SHORTCOMINGS = """
    careless sloppy lazy negligent reckless incompetent clueless inattentive irresponsible lax cavalier slapdash
    slipshod slapgat shoddy haphazard perfunctory lackadaisical feckless remiss inept bumbling hapless heedless blasé blase
    nonchalant flippant offhand ham-fisted cack-handed half-arsed half-assed hamfisted slovenly lackluster lacklustre
    complacent thoughtless unprofessional amateurish half-hearted halfhearted cursory superficial hasty rushed
"""
"""Words for a person's shortcoming, said of them or of their work: "Hana's slipshod approach", "was cavalier about
the backups", "it was reckless of Luis to". (Words that also fit a thing, such as "lax", count only there.)"""
ALWAYS_PERSONAL = """
    lackadaisical feckless slipshod ham-fisted hamfisted cack-handed remiss inept ineptitude bumbling hapless heedless
    slovenly slapgat
"""
"""Shortcoming words that describe only people and their work: they count on their own, like "careless"."""
BARE_CONTRACTIONS = {
    word: word[:-1] + "'t"
    for word in _words(
        "didnt doesnt dont wasnt werent isnt arent hasnt havent hadnt wont wouldnt couldnt shouldnt cant mustnt"
    )
}
"""Contractions typed without the apostrophe, as chat does ("ilya didnt check"): read as typed with it."""
_CHAT_PASTS = _words(
    "deployed merged restarted reverted rebooted rolled killed dropped deleted ignored skipped missed checked tested"
    " approved changed wiped disabled removed patched rushed triggered forced nuked"
)
CHAT_SPELLINGS = {
    **BARE_CONTRACTIONS,
    **{f"{modal}ve": f"{modal} have" for modal in ("should", "could", "would", "must", "might")},
    **{f"{modal}a": f"{modal} have" for modal in ("should", "could", "would", "must")},
    **dict.fromkeys(("cuz", "coz", "cos", "bc", "bcos", "bcoz", "becuz", "becasue", "beacuse"), "because"),
    **dict.fromkeys(("b4", "bfore", "befor"), "before"),
    **dict.fromkeys(("n", "nd"), "and"),
    **dict.fromkeys(("dint", "didint"), "didn't"),
    **{"ur": "your", "thru": "through", "smth": "something", "sth": "something", "tho": "though", "prolly": "probably"},
    **dict.fromkeys(("teh", "hte", "th"), "the"),
    # A past tense typed short ("deployd", "pushd", "mergd"): the verbs an incident's acts are told in.
    **{past[:-2] + "d": past for past in _CHAT_PASTS},
}
"""Chat spellings read as written out: "shouldve checked b4 pushing", "deployd the wrong branch", "slow cuz of him"."""
GROUP_HEADS = _words("team teams squad crew folks guys")
"""After a plain word, a group with no "the": "platform team took checkout down", "DB team they not watching"."""
CARRIERS = _words("and but then")
"""Words that join a second verb to the first one's subject: "yusuf restarted every pod and nuked the cluster"."""
SKIPPED_ADVERBS = _words("just then also simply promptly immediately still even only quietly somehow again later")
"""Adverbs between a joining word and its verb ("and then just forgot")."""
VERB_LIKE = _words(
    """
    broke took forgot ran made did went left lost let put set hit cut sent spent blew threw saw knew thought brought
    kept told got gave began wrote drove chose froze shut quit led held felt found paid said sold stood woke won
    never not no didn't doesn't don't wasn't weren't hasn't hadn't won't had has was were is are keeps forgets
    ignores skips nuked wiped rushed acked
    """
)
"""Words that begin a verb phrase after "and": a past tense, a negation, an auxiliary (besides any "-ed" word)."""
MANAGED = _words(
    "change risk incident config configuration capacity access identity secret secrets key data release project patch "
    "vulnerability cost lifecycle state memory session connection traffic quota certificate cert dependency"
)
"""Before "management", "security", "support": what is managed, so a process ("change management")."""
QUALITIES = _words(
    "inspiring great strong good poor bad weak excellent real true calm clear steady solid fantastic stellar amazing "
    "incredible visionary decisive effective natural quiet technical outstanding exemplary brilliant superb awful "
    "terrible absent"
)
"""Before "leadership", "management", "support": a quality of it, so no group ("truly inspiring leadership")."""
RESUMED = _words("he she they")
""""Tariq he always deploys on friday": a pronoun that repeats the subject just named (non-native phrasing)."""
GENERIC_QUANTIFIERS = _words("most many few")
""""most people never open that tab": people in general, not anyone who can be named."""
IRREGULAR_PAST = dict(
    pair.split(":")
    for pair in _words(
        """
        run:ran make:made take:took leave:left break:broke set:set put:put send:sent write:wrote forget:forgot get:got
        bring:brought do:did go:went hit:hit cut:cut shut:shut let:let keep:kept lose:lost build:built see:saw
        give:gave begin:began drive:drove choose:chose think:thought sit:sat blow:blew throw:threw
        hang:hung fly:flew shoot:shot fall:fell sleep:slept stick:stuck sweep:swept bite:bit shake:shook hold:held
        sink:sank dig:dug have:had bury:buried
        """
    )
)
"""English verbs whose past tense is not "-ed", for rereading a habit or an "-ing" form in the past."""
CREDIT = _words(
    "thanks thank kudos credit props right wise smart good great correct justified well praise helped help helps saved avoided"
)
"""Words before an omission told as a manner that credit it: "was right in not restarting the primary" is no lapse."""
OTHER_SUBJECT = _words("who whom whose which that what whoever")
"""Words that give a verb after the writer a subject of its own: "we all know who pushed it"."""
WHERE_TO = _words("to into onto on in at via through with from is was are were 's")
"""Before a thing that a clause with "nobody" describes: where something went ("went to a shared inbox nobody
reads") or what a thing is ("is a dashboard no one opens"); not an act's object ("pushed a hotfix nobody reviewed")."""
TIMES = _words(
    """
    time times moment point stage morning evening night afternoon day days week weeks weekend hour hours minute
    minutes month year shift end start while
    """
)
"""Nouns of time before "nobody": "the next morning nobody checked" is a clause of its own, not a description."""
PLURAL_VERBS = _words(
    """
    are were have had can could will would should may might must do did don't didn't aren't weren't haven't let
    fail failed need only never still all also often always rarely
    """
)
"""What follows a plural noun as its verb ("Access controls let"), not a verb's object ("Dave runs the deploys")."""

THING_VERBS = _words(
    """
    read reads see sees open opens opened find finds found access accesses accessed view views viewed parse parses
    parsed load loads loaded query queries queried restart restarts restarted rotate rotates rotated rebuild rebuilds
    rebuilt reindex reindexed drain drains drained scale scales scaled delete deletes deleted patch patches patched
    deploy deploys deployed merge merges merged archive archives archived export exports exported replay replays replayed
    """
)
"""Verbs done to things: "them" right after one is those things ("cannot read them at night"), not people."""
