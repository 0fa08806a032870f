# backfill_git_commit(<out-var>): the abbreviated commit of the source tree, or "unknown" when the
# tree is not a git checkout (a release tarball) or git is missing. CMake re-runs when HEAD or the
# branch it points to moves, so --version and the About dialog never show a stale commit.
function(backfill_git_commit out_var)
    set(commit "unknown")
    find_package(Git QUIET)
    if(GIT_FOUND)
        execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --short=12 HEAD
            WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
            OUTPUT_VARIABLE head RESULT_VARIABLE rc OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        if(rc EQUAL 0 AND head MATCHES "^[0-9a-f]+$")
            set(commit "${head}")
            # Files whose change means a new commit: HEAD itself, the branch ref, packed-refs.
            execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --path-format=absolute
                    --git-path HEAD --git-path packed-refs
                WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
                OUTPUT_VARIABLE git_files OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
            execute_process(COMMAND "${GIT_EXECUTABLE}" symbolic-ref -q HEAD
                WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
                OUTPUT_VARIABLE ref OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
            if(ref)
                execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --path-format=absolute
                        --git-path "${ref}"
                    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
                    OUTPUT_VARIABLE ref_file OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
                string(APPEND git_files "\n${ref_file}")
            endif()
            string(REPLACE "\n" ";" git_files "${git_files}")
            foreach(f IN LISTS git_files)
                if(EXISTS "${f}")
                    set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY
                        CMAKE_CONFIGURE_DEPENDS "${f}")
                endif()
            endforeach()
        endif()
    endif()
    set(${out_var} "${commit}" PARENT_SCOPE)
endfunction()
