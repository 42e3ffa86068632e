# Misconception: kept the tutorial's raw shortcut and shrank the branch to 128 so Add works
# Expect: fail
import keras


def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(128)(branch)
    merged = keras.layers.Add()([branch, flat])
    merged = keras.layers.Activation("relu")(merged)
    return keras.Model(features, keras.layers.Dense(3)(merged))
