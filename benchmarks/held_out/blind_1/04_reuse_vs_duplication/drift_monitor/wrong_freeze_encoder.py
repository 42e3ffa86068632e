# Misconception: the encoder is the one to freeze
# Expect: fail
def build_drift_monitor(encoder):
    inputs = keras.Input(shape=(8,))

    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    encoder.trainable = False
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
