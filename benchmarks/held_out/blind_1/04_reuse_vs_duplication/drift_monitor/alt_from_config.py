# Alternative: Sequential.from_config with a new name, values assigned variable by variable
# Expect: pass
def build_drift_monitor(encoder):
    inputs = keras.Input(shape=(8,))

    config = encoder.get_config()
    config["name"] = "encoder_snapshot"
    snapshot = keras.Sequential.from_config(config)
    for mine, theirs in zip(snapshot.weights, encoder.weights):
        mine.assign(theirs)
    snapshot.trainable = False
    return keras.Model(inputs, encoder(inputs) - snapshot(inputs))
