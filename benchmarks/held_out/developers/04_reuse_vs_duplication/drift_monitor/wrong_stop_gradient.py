# Misconception: a frozen snapshot is the encoder's output with stop_gradient
# Expect: fail
def build_drift_monitor(encoder):
    inputs = keras.Input(shape=(8,))
    live = encoder(inputs)
    frozen = keras.layers.Lambda(lambda t: keras.ops.stop_gradient(t), name="snapshot")(live)
    drift = keras.layers.Subtract()([live, frozen])
    return keras.Model(inputs, drift)
