# Misconception: setting trainable is enough; no need to compile again
# Expect: fail
def prepare_fine_tuning(model, extractor):

    for name in ("hidden", "norm"):
        extractor.get_layer(name).trainable = False
    model.optimizer.learning_rate.assign(1e-4)
    return model
