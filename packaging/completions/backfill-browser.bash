# bash completion for backfill-browser                                -*- shell-script -*-
# Commands, subcommands, options, profile names (from the profiles file) and region IDs.

_backfill_browser_profiles()
{
    local file="${XDG_CONFIG_HOME:-$HOME/.config}/io.github.backfillbrowser.BackfillBrowser/profiles.json"
    [[ -r $file ]] || return
    # The "name" of each profile; the file is ours (JSON written by QJsonDocument).
    sed -n 's/^ *"name": *"\([^"]*\)".*/\1/p' "$file"
}

_backfill_browser()
{
    local cur prev words cword
    _init_completion || return

    local regions="cn-qingdao cn-beijing cn-chengdu cn-zhangjiakou cn-huhehaote cn-hangzhou
        cn-shanghai cn-shenzhen cn-hongkong cn-wulanchabu cn-nanjing cn-heyuan cn-guangzhou
        cn-shanghai-finance-1 cn-north-2-gov-1 ap-southeast-1 ap-southeast-2 ap-southeast-3
        ap-southeast-5 ap-southeast-6 ap-southeast-7 ap-southeast-8 ap-northeast-1
        ap-northeast-2 ap-south-1 eu-west-1 eu-central-1 us-west-1 us-east-1 me-east-1"
    local global="--profile --region --endpoint --language --signature-version --timeout
        --ca-bundle --sts-endpoint --resourcemanager-endpoint --verbose --demo --help --version"

    case $prev in
        --profile)
            COMPREPLY=($(compgen -W "$(_backfill_browser_profiles)" -- "$cur"))
            return ;;
        --region)
            COMPREPLY=($(compgen -W "$regions" -- "$cur"))
            return ;;
        --language)
            COMPREPLY=($(compgen -W "en zh_CN" -- "$cur"))
            return ;;
        --signature-version)
            COMPREPLY=($(compgen -W "v3 v1" -- "$cur"))
            return ;;
        --format)
            COMPREPLY=($(compgen -W "table json csv" -- "$cur"))
            return ;;
        --status)
            COMPREPLY=($(compgen -W "initializing running complete failed" -- "$cur"))
            return ;;
        --columns)
            COMPREPLY=($(compgen -W "JobId TrailName HomeRegion Region JobStatus Status StartTime EndTime CreatedTime UpdatedTime" -- "$cur"))
            return ;;
        --ca-bundle)
            _filedir
            return ;;
        --endpoint | --timeout | --page | --page-size | --parallel | --interval | --client-token | \
            --trail | --deadline | --max-jobs | --sts-endpoint | --resourcemanager-endpoint | \
            --role-name | --external-id)
            return ;;
    esac

    # The command word: the first word that is not an option or an option's value.
    local i command="" sub=""
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --profile | --region | --endpoint | --language | --signature-version | --timeout | --ca-bundle | \
                --format | --columns | --page | --page-size | --parallel | \
                --interval | --client-token | --access-key-id | --description | \
                --status | --trail | --deadline | --max-jobs | --sts-endpoint | \
                --resourcemanager-endpoint | --role-name | --external-id)
                ((i++)) ;;
            -*) ;;
            *)
                if [[ -z $command ]]; then command=${words[i]}; elif [[ -z $sub ]]; then sub=${words[i]}; fi ;;
        esac
    done

    case $command in
        "")
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "$global" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "jobs trails accounts profile help" -- "$cur"))
            fi ;;
        help)
            [[ -z $sub ]] && COMPREPLY=($(compgen -W "jobs trails accounts profile" -- "$cur")) ;;
        jobs)
            if [[ -z $sub ]]; then
                COMPREPLY=($(compgen -W "list get create delete watch" -- "$cur"))
                return
            fi
            local options
            case $sub in
                list) options="--page --page-size --all --all-regions --all-accounts --role-name --external-id --status --trail --format --parallel --columns --quiet --max-jobs --deadline" ;;
                get) options="--format" ;;
                create) options="--format --client-token" ;;
                delete) options="--yes" ;;
                watch) options="--interval --format --timeout" ;;
            esac
            [[ $cur == -* ]] && COMPREPLY=($(compgen -W "$options $global" -- "$cur")) ;;
        trails)
            if [[ -z $sub ]]; then
                COMPREPLY=($(compgen -W "list get" -- "$cur"))
                return
            fi
            [[ $cur == -* ]] && COMPREPLY=($(compgen -W "--format --deadline $global" -- "$cur")) ;;
        accounts)
            if [[ -z $sub ]]; then
                COMPREPLY=($(compgen -W "list" -- "$cur"))
                return
            fi
            [[ $cur == -* ]] && COMPREPLY=($(compgen -W "--format $global" -- "$cur")) ;;
        profile)
            if [[ -z $sub ]]; then
                COMPREPLY=($(compgen -W "list add remove set-default import-aliyun" -- "$cur"))
                return
            fi
            case $sub in
                remove | set-default)
                    [[ $cur != -* ]] && COMPREPLY=($(compgen -W "$(_backfill_browser_profiles)" -- "$cur")) ;;
                add)
                    [[ $cur == -* ]] && COMPREPLY=($(compgen -W "--access-key-id --secret-stdin --region --endpoint --signature-version --description --security-token-stdin --replace --verbose" -- "$cur")) ;;
                import-aliyun)
                    [[ $cur == -* ]] && COMPREPLY=($(compgen -W "--all --make-default --verbose" -- "$cur")) ;;
            esac ;;
    esac
} &&
    complete -F _backfill_browser backfill-browser
