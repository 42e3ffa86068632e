# Alternative: creates the inputs in a comprehension
# Expect: pass
def build_fusion_model(merge):
    inputs = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    branches = [keras.layers.Dense(4, activation="relu")(x) for x in inputs]
    return keras.Model(inputs, keras.layers.Dense(1)(merge(branches)))
