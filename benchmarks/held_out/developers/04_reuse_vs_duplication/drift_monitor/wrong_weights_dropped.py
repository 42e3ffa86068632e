# Misconception: removing weights= is the whole repair (the snapshot starts from new values)
# Expect: fail
def build_drift_monitor(encoder):
    snapshot = keras.Sequential(
        [
            keras.Input((8,)),
            keras.layers.Dense(6, activation="relu"),
            keras.layers.Dense(4),
        ],
        name="snapshot",
    )
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    drift = keras.layers.Subtract()([encoder(inputs), snapshot(inputs)])
    return keras.Model(inputs, drift)
