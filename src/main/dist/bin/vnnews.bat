@echo off
rem vnnews launcher for Windows: runs the command line from this distribution.
rem   JAVA_HOME    the Java 17+ to use (else the first java on PATH)
rem   JAVA_OPTS    extra JVM options, e.g. set JAVA_OPTS=-Xmx4g
rem   VNNEWS_OPTS  extra JVM options for vnnews only
setlocal
set "VNNEWS_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA=java"
)
"%JAVA%" %JAVA_OPTS% %VNNEWS_OPTS% -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -Dvnnews.launcher=vnnews -cp "%VNNEWS_HOME%\lib\*" io.github.vnnews.internal.cli.Main %*
exit /b %ERRORLEVEL%
