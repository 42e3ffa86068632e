# Misconception: a frozen snapshot is the encoder's output with stop_gradient (explained by check_snapshot: the encoder runs once, no table entry)
# Expect: fail "the encoder runs once, and the other side of the drift holds no variables"
def build_drift_monitor(encoder):
    inputs = keras.Input(shape=(8,))
    live = encoder(inputs)
    frozen = keras.layers.Lambda(lambda t: keras.ops.stop_gradient(t), name="snapshot")(live)
    drift = keras.layers.Subtract()([live, frozen])
    return keras.Model(inputs, drift)
