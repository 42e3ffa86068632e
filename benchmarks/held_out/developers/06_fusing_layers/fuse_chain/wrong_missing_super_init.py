# Misconception: a subclassed Model's __init__ does not need super().__init__()
# Expect: fail
class FusedChain(keras.Model):
    def __init__(self):
        self.fused = keras.layers.Dense(8, activation="relu")
        self.score = keras.layers.Dense(3)

    def call(self, x):
        return self.score(self.fused(x))


def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    model = FusedChain()
    model.build((None, 6))
    model.fused.set_weights([w1 @ w2, b1 @ w2 + b2])
    model.score.set_weights(chain.get_layer("score").get_weights())
    return model
