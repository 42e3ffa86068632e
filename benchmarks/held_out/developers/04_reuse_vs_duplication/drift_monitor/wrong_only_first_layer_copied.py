# Misconception: copying the first layer's values is enough (the loop stops early)
# Expect: fail
def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.name = "snapshot"
    for mine, theirs in zip(snapshot.layers[:1], encoder.layers[:1]):
        mine.set_weights(theirs.get_weights())
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    drift = keras.layers.Subtract()([encoder(inputs), snapshot(inputs)])
    return keras.Model(inputs, drift)
