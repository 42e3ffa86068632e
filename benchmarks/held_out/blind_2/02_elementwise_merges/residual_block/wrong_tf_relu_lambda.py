# Misconception: swapped keras.backend.relu for tf.nn.relu in the Lambda but kept Add()(a, b) with two positional args
# Expect: fail
import keras
import tensorflow as tf


def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    shortcut = keras.layers.Dense(16)(flat)
    merged = keras.layers.Add()(branch, shortcut)
    merged = keras.layers.Lambda(lambda t: tf.nn.relu(t))(merged)
    return keras.Model(features, keras.layers.Dense(3)(merged))
