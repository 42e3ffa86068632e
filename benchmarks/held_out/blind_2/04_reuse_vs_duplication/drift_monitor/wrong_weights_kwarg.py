# Misconception: removed input_shape= but kept the Keras 2 weights= argument of Dense
# Expect: fail
import keras


def build_drift_monitor(encoder):
    first, second = encoder.layers
    snapshot = keras.Sequential(
        [
            keras.Input((8,)),
            keras.layers.Dense(6, activation="relu", weights=first.get_weights()),
            keras.layers.Dense(4, weights=second.get_weights()),
        ],
        name="snapshot",
    )
    snapshot.trainable = False
    inputs = keras.Input(shape=(8,))
    return keras.Model(inputs, keras.layers.Subtract()([encoder(inputs), snapshot(inputs)]))
