# Misconception: np.maximum works on the symbolic tensor as on an array
# Expect: fail
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    shortcut = keras.layers.Dense(16)(flat)
    merged = np.maximum(keras.layers.Add()([branch, shortcut]), 0)
    return keras.Model(features, keras.layers.Dense(3)(merged))
