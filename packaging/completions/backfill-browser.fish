# fish completion for backfill-browser: commands, subcommands, options, profile names, regions.

function __backfill_browser_profiles
    set -l file (set -q XDG_CONFIG_HOME; and echo $XDG_CONFIG_HOME; or echo $HOME/.config)/io.github.backfillbrowser.BackfillBrowser/profiles.json
    test -r $file; and sed -n 's/^ *"name": *"\([^"]*\)".*/\1/p' $file
end

set -l regions cn-qingdao cn-beijing cn-chengdu cn-zhangjiakou cn-huhehaote cn-hangzhou \
    cn-shanghai cn-shenzhen cn-hongkong cn-wulanchabu cn-nanjing cn-heyuan cn-guangzhou \
    cn-shanghai-finance-1 cn-north-2-gov-1 ap-southeast-1 ap-southeast-2 ap-southeast-3 \
    ap-southeast-5 ap-southeast-6 ap-southeast-7 ap-southeast-8 ap-northeast-1 \
    ap-northeast-2 ap-south-1 eu-west-1 eu-central-1 us-west-1 us-east-1 me-east-1
set -l c backfill-browser

complete -c $c -f
complete -c $c -n __fish_use_subcommand -a jobs -d 'backfill tasks'
complete -c $c -n __fish_use_subcommand -a trails -d 'trails, readiness and coverage'
complete -c $c -n __fish_use_subcommand -a accounts -d 'member accounts of a resource directory'
complete -c $c -n __fish_use_subcommand -a profile -d 'credential profiles'
complete -c $c -n __fish_use_subcommand -a help -d 'help for a command'
complete -c $c -l profile -x -a '(__backfill_browser_profiles)' -d 'credentials profile'
complete -c $c -l region -x -a "$regions" -d 'region ID'
complete -c $c -l endpoint -x -d 'endpoint URL, or REGION=URL'
complete -c $c -l language -x -a 'en zh_CN' -d 'language of messages'
complete -c $c -l signature-version -x -a 'v3 v1' -d 'request signing'
complete -c $c -l timeout -x -d 'seconds'
complete -c $c -l ca-bundle -r -F -d 'more trusted CA certificates (PEM)'
complete -c $c -l sts-endpoint -x -d 'where roles are assumed'
complete -c $c -l resourcemanager-endpoint -x -d 'where member accounts are listed'
complete -c $c -l verbose -d 'log each request'
complete -c $c -l demo -d 'desktop app with demo data'
complete -c $c -s h -l help -d 'show help'
complete -c $c -s v -l version -d 'show the version'

complete -c $c -n '__fish_seen_subcommand_from jobs; and not __fish_seen_subcommand_from list get create delete watch' -a 'list get create delete watch'
complete -c $c -n '__fish_seen_subcommand_from list' -l page -x
complete -c $c -n '__fish_seen_subcommand_from list' -l page-size -x
complete -c $c -n '__fish_seen_subcommand_from list' -l all
complete -c $c -n '__fish_seen_subcommand_from list' -l parallel -x
complete -c $c -n '__fish_seen_subcommand_from list' -l quiet
complete -c $c -n '__fish_seen_subcommand_from jobs; and __fish_seen_subcommand_from list' -l all-regions -d 'every region'
complete -c $c -n '__fish_seen_subcommand_from jobs; and __fish_seen_subcommand_from list' -l all-accounts -d 'every member account'
complete -c $c -n '__fish_seen_subcommand_from jobs; and __fish_seen_subcommand_from list' -l role-name -x -d 'member role'
complete -c $c -n '__fish_seen_subcommand_from jobs; and __fish_seen_subcommand_from list' -l external-id -x -d 'role ExternalId'
complete -c $c -n '__fish_seen_subcommand_from jobs; and __fish_seen_subcommand_from list' -l status -x -a 'initializing running complete failed'
complete -c $c -n '__fish_seen_subcommand_from jobs; and __fish_seen_subcommand_from list' -l trail -x -d 'one trail'
complete -c $c -n '__fish_seen_subcommand_from list' -l max-jobs -x
complete -c $c -n '__fish_seen_subcommand_from list' -l columns -x -a 'JobId TrailName HomeRegion Region JobStatus Status StartTime EndTime CreatedTime UpdatedTime'
complete -c $c -n '__fish_seen_subcommand_from list get create watch' -l format -x -a 'table json csv'
complete -c $c -n '__fish_seen_subcommand_from create' -l client-token -x
complete -c $c -n '__fish_seen_subcommand_from delete' -l yes
complete -c $c -n '__fish_seen_subcommand_from watch' -l interval -x

complete -c $c -n '__fish_seen_subcommand_from trails; and not __fish_seen_subcommand_from list get' -a 'list get'
complete -c $c -n '__fish_seen_subcommand_from accounts; and not __fish_seen_subcommand_from list' -a 'list'
complete -c $c -n '__fish_seen_subcommand_from trails' -l deadline -x

complete -c $c -n '__fish_seen_subcommand_from profile; and not __fish_seen_subcommand_from list add remove set-default import-aliyun' -a 'list add remove set-default import-aliyun'
complete -c $c -n '__fish_seen_subcommand_from remove set-default' -a '(__backfill_browser_profiles)'
complete -c $c -n '__fish_seen_subcommand_from add' -l access-key-id -x
complete -c $c -n '__fish_seen_subcommand_from add' -l secret-stdin
complete -c $c -n '__fish_seen_subcommand_from add' -l security-token-stdin
complete -c $c -n '__fish_seen_subcommand_from add' -l description -x
complete -c $c -n '__fish_seen_subcommand_from add' -l replace
complete -c $c -n '__fish_seen_subcommand_from import-aliyun' -l all
complete -c $c -n '__fish_seen_subcommand_from import-aliyun' -l make-default
