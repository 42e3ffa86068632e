# Misconception: a second name for the encoder is a snapshot of it (it is the same model).
# Expect: fail "the snapshot is the encoder itself, called a second time"
def build_drift_monitor(encoder):
    snapshot = encoder
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
