# Misconception: "as few layers as is valid" means none can be fused when one of them has a ReLU
# Expect: fail
def fuse_chain(chain):
    model = keras.Sequential(
        [
            keras.Input(shape=(6,)),
            keras.layers.Dense(16),
            keras.layers.Dense(8, activation="relu"),
            keras.layers.Dense(3),
        ]
    )
    model.set_weights(chain.get_weights())
    return model
