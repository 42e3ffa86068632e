# Alternative: the tutorial repaired with a Lambda of tf.nn.relu and the lowercase keras.layers.add
# Expect: pass
import tensorflow as tf


def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    shortcut = keras.layers.Dense(16)(flat)
    merged = keras.layers.add([branch, shortcut])
    merged = keras.layers.Lambda(lambda t: tf.nn.relu(t))(merged)
    output = keras.layers.Dense(3)(merged)
    return keras.Model(inputs=features, outputs=output)
