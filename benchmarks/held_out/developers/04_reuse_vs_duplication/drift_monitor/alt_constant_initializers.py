# Alternative: the copied values given as Constant initializers (the Keras 3 way to say weights=)
# Expect: pass
def build_drift_monitor(encoder):
    first, second = encoder.layers
    init = lambda v: keras.initializers.Constant(keras.ops.convert_to_numpy(v))
    snapshot = keras.Sequential(
        [
            keras.Input(shape=(8,)),
            keras.layers.Dense(6, activation="relu", kernel_initializer=init(first.kernel), bias_initializer=init(first.bias)),
            keras.layers.Dense(4, kernel_initializer=init(second.kernel), bias_initializer=init(second.bias)),
        ],
        name="snapshot",
    )
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
