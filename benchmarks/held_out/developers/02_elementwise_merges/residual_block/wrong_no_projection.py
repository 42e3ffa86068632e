# Misconception: fixing the list is enough; the flattened values can be added as they are
# Expect: fail
def build_residual_model():
    features = keras.Input(shape=(4, 4, 8))
    flat = keras.layers.Flatten()(features)
    branch = keras.layers.Dense(32, activation="relu")(flat)
    branch = keras.layers.Dense(16)(branch)
    merged = keras.layers.Add()([branch, flat])
    merged = keras.layers.Activation("relu")(merged)
    return keras.Model(features, keras.layers.Dense(3)(merged))
