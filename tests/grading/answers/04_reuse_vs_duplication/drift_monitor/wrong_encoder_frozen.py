# Misconception: the model that must not move is the encoder (the task trains the encoder and
# keeps the snapshot still).
# Expect: fail "the encoder was frozen \(encoder.trainable = False\) instead of the snapshot"
def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    encoder.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
