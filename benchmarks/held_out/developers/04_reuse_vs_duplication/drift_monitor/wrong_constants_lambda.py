# Misconception: a frozen snapshot is the encoder's values as constants (numpy in a Lambda), no variables needed
# Expect: fail
def build_drift_monitor(encoder):
    w1, b1, w2, b2 = [w.copy() for w in encoder.get_weights()]
    inputs = keras.Input(shape=(8,))
    snap = keras.layers.Lambda(
        lambda t: keras.ops.matmul(keras.ops.relu(keras.ops.matmul(t, w1) + b1), w2) + b2,
        name="snapshot",
    )(inputs)
    drift = keras.layers.Subtract()([encoder(inputs), snap])
    return keras.Model(inputs, drift)
