# bash completion for khgen                                  -*- shell-script -*-
#
# Installed as $(datadir)/bash-completion/completions/khgen. The lists come
# from khgen itself, so a new command, option or diagnostic code completes
# without editing this file:
#   commands   the "commands:" section of `khgen --help`
#   options    every -x / --xyz word of `khgen COMMAND --help`
#   codes      the first column of `khgen explain` (for `khgen explain`)
# Only option values are listed here (formats, languages, encodings, ...).

_khgen_cmd() {
    # runs the khgen being completed, in English, without colour
    LC_ALL=C LANGUAGE= NO_COLOR=1 "${_khgen_bin:-khgen}" "$@" 2>/dev/null
}

_khgen_commands() {
    _khgen_cmd --help | sed -n '/^commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p'
}

_khgen_options() {
    {
        _khgen_cmd "$1" --help | grep -o -- '\(^\|[[ ,|]\)--\?[A-Za-z][A-Za-z0-9-]*' |
            sed 's/^[[ ,|]//'
        printf '%s\n' --help --lang --color
    } | sort -u
}

_khgen() {
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion -n = || return
    else
        COMPREPLY=()
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
    fi
    local _khgen_bin=${words[0]}

    # the command is the first word after khgen that is not a global option
    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
        --lang) ((i++)) ;;
        -*) ;;
        *) command=${words[i]}; break ;;
        esac
    done

    case $prev in
    --lang) COMPREPLY=($(compgen -W "vi en" -- "$cur")); return ;;
    -f | --formats)
        COMPREPLY=($(compgen -W "md html xlsx docx pdf md,html md,html,xlsx md,html,xlsx,docx" -- "$cur"))
        return ;;
    --pdf-engine) COMPREPLY=($(compgen -W "libreoffice chromium" -- "$cur")); return ;;
    --from) COMPREPLY=($(compgen -W "tcvn3 vni cp1258 utf-16le utf-16be utf-32le utf-32be utf-8" -- "$cur")); return ;;
    --level) COMPREPLY=($(compgen -W "xa huyen tinh" -- "$cur")); return ;;
    --format) COMPREPLY=($(compgen -W "term md html" -- "$cur")); return ;;
    --year) return ;;
    --templates | --allow-read) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    -o | --output)
        if [[ $command == build ]]; then
            COMPREPLY=($(compgen -d -- "$cur"))
        else
            COMPREPLY=($(compgen -f -- "$cur"))
        fi
        return ;;
    esac
    case $cur in
    --color=*) COMPREPLY=($(compgen -P "--color=" -W "auto always never" -- "${cur#--color=}")); return ;;
    --lang=*) COMPREPLY=($(compgen -P "--lang=" -W "vi en" -- "${cur#--lang=}")); return ;;
    --diagnostics-format=*)
        COMPREPLY=($(compgen -P "--diagnostics-format=" -W "text json" -- "${cur#--diagnostics-format=}"))
        return ;;
    esac

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--help --version --lang --color" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$(_khgen_commands)" -- "$cur"))
        fi
        return
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_khgen_options "$command")" -- "$cur"))
        return
    fi
    case $command in
    explain)
        COMPREPLY=($(compgen -W "$(_khgen_cmd explain | cut -d' ' -f1)" -- "${cur^^}"))
        ;;
    build | check | new | diff)
        COMPREPLY=($(compgen -f -X '!*.@(yaml|yml)' -- "$cur") $(compgen -d -- "$cur"))
        ;;
    import)
        COMPREPLY=($(compgen -f -X '!*.@(docx|md|txt|doc)' -- "$cur") $(compgen -d -- "$cur"))
        ;;
    *)
        COMPREPLY=($(compgen -f -- "$cur"))
        ;;
    esac
} &&
    complete -F _khgen khgen
