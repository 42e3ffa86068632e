# Misconception: drift is a distance, so square the difference
# Expect: fail
def build_drift_monitor(encoder):
    snapshot = keras.models.clone_model(encoder)
    snapshot.set_weights(encoder.get_weights())
    snapshot.name = "snapshot"
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    diff = keras.layers.Subtract()([encoder(inputs), snapshot(inputs)])
    return keras.Model(inputs, keras.layers.Multiply()([diff, diff]))
