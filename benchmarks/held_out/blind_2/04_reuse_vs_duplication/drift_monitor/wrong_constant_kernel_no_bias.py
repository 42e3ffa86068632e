# Misconception: copying the kernels is what matters; the biases can start at zero
# Expect: fail
import keras


def build_drift_monitor(encoder):
    first, second = encoder.layers
    snapshot = keras.Sequential(
        [
            keras.Input((8,)),
            keras.layers.Dense(6, activation="relu", kernel_initializer=keras.initializers.Constant(first.kernel.numpy())),
            keras.layers.Dense(4, kernel_initializer=keras.initializers.Constant(second.kernel.numpy())),
        ],
        name="snapshot",
    )
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
