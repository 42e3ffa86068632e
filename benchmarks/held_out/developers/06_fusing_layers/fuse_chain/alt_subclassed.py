# Alternative: a subclassed Model with its two Dense layers, built by calling it on a batch
# Expect: pass
class FusedChain(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(8, activation="relu")
        self.out = keras.layers.Dense(3)

    def call(self, x):
        return self.out(self.hidden(x))


def fuse_chain(chain):
    w1, b1 = chain.get_layer("expand").get_weights()
    w2, b2 = chain.get_layer("project").get_weights()
    model = FusedChain()
    model(np.zeros((1, 6), dtype="float32"))
    model.hidden.set_weights([np.dot(w1, w2), np.dot(b1, w2) + b2])
    model.out.set_weights([w.copy() for w in chain.get_layer("score").get_weights()])
    return model
