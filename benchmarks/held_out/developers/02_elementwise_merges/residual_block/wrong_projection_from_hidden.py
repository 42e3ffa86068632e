# Misconception: the shortcut projects the hidden layer, not the flattened input
# Expect: fail
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    hidden = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(hidden)
    shortcut = keras.layers.Dense(16)(hidden)
    merged = keras.layers.ReLU()(keras.layers.Add()([branch, shortcut]))
    return keras.Model(features, keras.layers.Dense(3)(merged))
