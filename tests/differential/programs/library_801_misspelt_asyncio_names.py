"""A misspelt asyncio name is an AttributeError whose line, from 3.12 on (traceback.format_exception_only;
the uncaught traceback on every version), ends in "Did you mean: ...?", chosen among dir(asyncio): asyncio's
own names, not those of whatever implements it."""
import asyncio
import traceback


def error_line(expression):
    try:
        eval(expression)
    except AttributeError as e:
        return traceback.format_exception_only(e)[-1].rstrip()


async def main():
    for expression in ["asyncio.sleeep", "asyncio.create_tsk", "asyncio.gatehr", "asyncio.TaskGrup",
                       "asyncio.get_runing_loop", "asyncio.CancellError", "asyncio.Evnt", "asyncio.tiemout",
                       "asyncio.version", "asyncio.clocks", "asyncio.xyz"]:
        print(error_line(expression))
    names = dir(asyncio)
    print("sleep" in names, "tasks" in names, "sys" in names, "versions" in names, "gathering" in names)


asyncio.run(main())
