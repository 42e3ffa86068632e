# Misconception: misread the branch: Dense(16, relu) then Dense(32), projection to 32
# Expect: fail
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(16, activation="relu")(flat)
    branch = keras.layers.Dense(32)(branch)
    shortcut = keras.layers.Dense(32)(flat)
    merged = keras.layers.Activation("relu")(keras.layers.Add()([branch, shortcut]))
    return keras.Model(features, keras.layers.Dense(3)(merged))
