# Alternative: each branch is a small Sequential model, created with its input
# Expect: pass
def build_fusion_model(merge):
    inputs = [keras.Input(shape=(n,)) for n in (3, 5, 7)]
    branches = [
        keras.Sequential([keras.Input(shape=(n,)), keras.layers.Dense(4, activation="relu")])
        for n in (3, 5, 7)
    ]
    fused = merge([branch(x) for branch, x in zip(branches, inputs)])
    return keras.Model(inputs, keras.layers.Dense(1)(fused))
